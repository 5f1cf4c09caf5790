/**
 * The CSV reader on files as open-data portals publish them: encodings,
 * delimiters, quoted line breaks, headers in another order or case, broken rows.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { CsvFileError, readCsv, sniffCsv, type CsvRecord } from "./csv-file";

const dir = mkdtempSync(join(tmpdir(), "maillage-csv-"));
let n = 0;
const fileOf = (content: string | Buffer) => {
  const path = join(dir, `f${n++}.csv`);
  writeFileSync(path, content);
  return path;
};
const columns = ["id", "titre", "objet"];
const read = async (path: string, required = ["id", "titre"]) => {
  const out: CsvRecord[] = [];
  for await (const r of readCsv(path, { columns, required, expected: "a test file" })) out.push(r);
  return out;
};

describe("readCsv", () => {
  it("reads ; files in Windows-1252 with a quoted field spanning lines, and numbers lines as a spreadsheet does", async () => {
    const text = 'id;titre;objet\r\nW1;Café;"Aider\r\nles voisins ; ensemble"\r\nW2;Élan;Sport\r\n';
    const path = fileOf(iconv.encode(text, "win1252"));
    expect(await sniffCsv(path)).toEqual({ encoding: "windows-1252", bom: false, delimiter: ";" });
    const rows = await read(path);
    expect(rows.map((r) => [r.line, r.values])).toEqual([
      [2, { id: "W1", titre: "Café", objet: "Aider\r\nles voisins ; ensemble" }],
      [4, { id: "W2", titre: "Élan", objet: "Sport" }],
    ]);
  });

  it("reads , files in UTF-8 with a BOM, columns in another order and case, extra columns ignored", async () => {
    const path = fileOf("\uFEFFOBJET,extra,Titre,ID\nÉpicerie,x,Épi,W3\n");
    expect(await sniffCsv(path)).toMatchObject({ encoding: "utf-8", bom: true, delimiter: "," });
    const [row] = await read(path);
    expect(row.values).toMatchObject({ id: "W3", titre: "Épi", objet: "Épicerie" });
  });

  it("gives broken rows as errors with their line, and goes on", async () => {
    const path = fileOf('id;titre;objet\nW1;a;b\nW2;only two\nW3;"unclosed;c\n');
    const rows = await read(path);
    expect(rows[0]).toMatchObject({ line: 2, values: { id: "W1" } });
    expect(rows[1]).toMatchObject({ line: 3, error: "expected 3 fields, found 2" });
    expect(rows.some((r) => r.error !== undefined && /unreadable CSV|Quote/i.test(r.error))).toBe(true);
  });

  it("tolerates a trailing delimiter, skips blank lines, and keeps counting lines across them", async () => {
    const rows = await read(fileOf("id;titre;objet;\nW1;a;b;\n\nW2;c;d;\n"));
    expect(rows.map((r) => [r.line, r.values?.id])).toEqual([
      [2, "W1"],
      [4, "W2"],
    ]);
  });

  it("says which required columns are missing and what it found", async () => {
    await expect(read(fileOf("siren;nom\n1;2\n"))).rejects.toThrow(
      /f\d+\.csv: not a test file: missing columns id, titre \(found: siren, nom\)/,
    );
    await expect(read(fileOf(""))).rejects.toThrow(CsvFileError);
    await expect(read(join(dir, "nope.csv"))).rejects.toThrow(/no such file/);
    await expect(read(fileOf("just one column\nx\n"))).rejects.toThrow(/no delimiter/);
  });

  it("refuses a file that starts as UTF-8 and turns into something else, instead of garbling it", async () => {
    const head = Buffer.from("id;titre;objet\n" + "W1;aaaa;bbbb\n".repeat(7000), "utf8");
    const tail = iconv.encode("W2;Café;x\n", "win1252");
    await expect(read(fileOf(Buffer.concat([head, tail])))).rejects.toThrow(/not valid UTF-8 after byte/);
  });
});
