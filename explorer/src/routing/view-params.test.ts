import { describe, expect, it } from "vitest";
import { GRAPH_PARAMS, MAIN_TOWN } from "../views/graph-params";
import { DIRECTORY_PARAMS } from "../views/directory-params";
import { MAP_PARAMS } from "../views/map-params";
import { graphAddress } from "./open-graph";
import { keepSearch } from "./kept-search";

describe("each view's state in its address", () => {
  it("network view: every parameter comes back as it was written", () => {
    const state = {
      town: "94071",
      theme: "food-aid",
      types: ["EssStructure", "Financer"],
      limit: 1000,
      select: "ess-42",
      focus: "ess-42",
      steps: 2,
      year: 2024,
      renderer: "webgl" as const,
    };
    const search = GRAPH_PARAMS.write(state);
    expect(search).toBe(
      "town=94071&theme=food-aid&types=EssStructure%2CFinancer&limit=1000&select=ess-42&focus=ess-42&steps=2&year=2024&renderer=webgl",
    );
    expect(GRAPH_PARAMS.read(search)).toEqual(state);
  });

  it("network view: the defaults make a short address, and every town and no type stay distinct from them", () => {
    const defaults = GRAPH_PARAMS.read("");
    expect(defaults).toMatchObject({ town: MAIN_TOWN, theme: "", limit: 300, select: null, year: null });
    expect(GRAPH_PARAMS.write(defaults)).toBe("");
    const everywhere = { ...defaults, town: "", types: [] };
    expect(GRAPH_PARAMS.write(everywhere)).toBe("town=&types=none");
    expect(GRAPH_PARAMS.read(GRAPH_PARAMS.write(everywhere))).toEqual(everywhere);
  });

  it("network view: an old or hand-edited address reads as the nearest view, never as an error", () => {
    expect(GRAPH_PARAMS.read("?limit=7&types=Nope,Business,Business&steps=9&year=soon&renderer=x")).toMatchObject({
      limit: 300,
      types: ["Business"],
      steps: 1,
      year: null,
      renderer: "canvas",
    });
  });

  it("directory: scope, words, order, page size, page and selection come back", () => {
    const state = {
      town: "94028",
      theme: "mobility",
      type: "Financer" as const,
      q: "épicerie & co",
      sort: "degree" as const,
      order: "descending" as const,
      size: 50,
      page: 3,
      select: "fin-1",
    };
    expect(DIRECTORY_PARAMS.read(DIRECTORY_PARAMS.write(state))).toEqual(state);
    expect(DIRECTORY_PARAMS.write(DIRECTORY_PARAMS.read(""))).toBe("");
    expect(DIRECTORY_PARAMS.read("page=0&size=7&sort=secret")).toMatchObject({ page: 1, size: 25, sort: "name" });
  });

  it("map: town, theme, name, hidden kinds, order and selection come back", () => {
    const state = {
      town: "94071",
      theme: "food-aid",
      q: "épicerie",
      hide: ["Business", "Financer"],
      sort: "degree" as const,
      select: "biz-9",
    };
    expect(MAP_PARAMS.read(MAP_PARAMS.write(state))).toEqual(state);
    expect(MAP_PARAMS.write(MAP_PARAMS.read(""))).toBe("");
  });

  it("keeps the parameters a view does not declare when it writes its own", () => {
    expect(
      MAP_PARAMS.write({ town: "94028", theme: "", q: "", hide: [], sort: "name", select: null }, "?select=x&lang=en"),
    ).toBe("lang=en&town=94028");
  });

  it("'show its neighbours' opens the network view on the organisation's town, selected, its other filters kept", () => {
    keepSearch("graph", "?town=94071&limit=1000&select=other");
    const address = graphAddress("ess-7", "94028");
    expect(address.startsWith("#/graph?")).toBe(true);
    expect(GRAPH_PARAMS.read(address.split("?")[1])).toMatchObject({ town: "94028", limit: 1000, select: "ess-7" });
  });
});
