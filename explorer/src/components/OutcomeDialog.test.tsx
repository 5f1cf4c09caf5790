import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import i18n from "../i18n";
import { OutcomeDialog, type OutcomeAction } from "./OutcomeDialog";
import type { OpportunityKind } from "../gql/graphql";

const members = [{ name: "Atelier vélo solidaire" }, { name: "Épicerie solidaire" }];

function dialog(action: OutcomeAction, kind: OpportunityKind = "PARTNERSHIP") {
  const onConfirm = vi.fn();
  const onCancel = vi.fn();
  render(<OutcomeDialog action={action} opportunity={{ kind, members }} onConfirm={onConfirm} onCancel={onCancel} />);
  return { onConfirm, onCancel };
}

beforeAll(async () => {
  await i18n.changeLanguage("fr");
});
afterEach(async () => {
  cleanup();
  await i18n.changeLanguage("fr");
});

describe("OutcomeDialog", () => {
  it("says what accepting writes into the network, and writes nothing when the coordinator goes back", () => {
    const { onConfirm, onCancel } = dialog("accept");
    const box = screen.getByRole("dialog", { name: "Accepter cette opportunité ?" });
    expect(box.textContent).toContain(
      "Un partenariat sera ajouté au réseau entre Atelier vélo solidaire et Épicerie solidaire.",
    );
    fireEvent.click(screen.getByRole("button", { name: "Revenir sans rien enregistrer" }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("names what each kind of acceptance writes", () => {
    dialog("accept", "FUNDING");
    expect(screen.getByRole("dialog").textContent).toContain("Un lien de financement sera ajouté au réseau");
    cleanup();
    dialog("accept", "POOLING_GROUP");
    expect(screen.getByRole("dialog").textContent).toContain("Une ressource partagée sera ajoutée au réseau");
  });

  it("needs a reason from the short list before a decline, and keeps the coordinator's words beside it", () => {
    const { onConfirm } = dialog("decline");
    expect(screen.getByRole("dialog").textContent).toContain("ne sera plus suggérée");
    const confirm = screen.getByRole("button", { name: "Oui, refuser" }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.click(confirm);
    expect(onConfirm).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText("Raison du refus"), { target: { value: "NO_CAPACITY" } });
    fireEvent.change(screen.getByLabelText("Précisions (facultatives)"), { target: { value: "Rappeler en juin" } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(onConfirm).toHaveBeenCalledWith({ reasonKind: "NO_CAPACITY", reason: "Rappeler en juin" });
  });

  it("lets a decline go with the reason's label when no words are typed", () => {
    const { onConfirm } = dialog("decline");
    fireEvent.change(screen.getByLabelText("Raison du refus"), { target: { value: "ALREADY_IN_TOUCH" } });
    fireEvent.click(screen.getByRole("button", { name: "Oui, refuser" }));
    expect(onConfirm).toHaveBeenCalledWith({
      reasonKind: "ALREADY_IN_TOUCH",
      reason: "Elles se connaissent ou travaillent déjà ensemble",
    });
  });

  it("closes on Escape without recording", () => {
    const { onConfirm, onCancel } = dialog("contact");
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(onCancel).toHaveBeenCalledOnce();
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it("speaks English in English mode", async () => {
    await i18n.changeLanguage("en");
    dialog("accept", "SUPPORT");
    expect(screen.getByRole("dialog", { name: "Accept this opportunity?" }).textContent).toContain(
      "A support link will be added to the network between Atelier vélo solidaire and Épicerie solidaire.",
    );
  });
});
