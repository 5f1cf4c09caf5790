import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";
import i18n from "../i18n";
import { RequestProblem } from "./RequestProblem";

afterEach(cleanup);

const refusal = new CombinedGraphQLErrors({
  data: null,
  errors: [{ message: "limit must be between 1 and 5000 (got 9000)", extensions: { code: "BAD_USER_INPUT" } }],
});
const serverAnswered = (status: number) =>
  new ServerError("Response not successful", { response: new Response("", { status }), bodyText: "" } as never);

describe("RequestProblem", () => {
  it("says what went wrong in French, and gives the API's English words as a marked detail", async () => {
    await i18n.changeLanguage("fr");
    render(<RequestProblem error={refusal} />);
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Le service a refusé la demande.");
    const detail = screen.getByText("limit must be between 1 and 5000 (got 9000)");
    expect(detail.getAttribute("lang")).toBe("en");
  });

  it("tells a lost connection from a busy service and from a refusal, in the chosen language", async () => {
    await i18n.changeLanguage("fr");
    render(<RequestProblem error={new TypeError("Failed to fetch")} />);
    expect(screen.getByRole("alert").textContent).toBe(
      "Le service n'a pas répondu : vérifiez la connexion, puis réessayez.",
    );
    cleanup();
    render(<RequestProblem error={serverAnswered(429)} />);
    expect(screen.getByRole("alert").textContent).toContain("momentanément surchargé");
    cleanup();
    await i18n.changeLanguage("en");
    render(<RequestProblem error={serverAnswered(503)} />);
    expect(screen.getByRole("alert").textContent).toBe("The service is busy for a moment: try again in a few seconds.");
    await i18n.changeLanguage("fr");
  });
});
