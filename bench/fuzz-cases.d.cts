export interface FuzzCase {
  kind: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
  valid: boolean;
}
export function generateCases(seed: number, count: number): FuzzCase[];
export function judge(c: FuzzCase, status: number, text: string): string | null;
