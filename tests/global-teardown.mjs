export default async function globalTeardown() {
  await globalThis.__MAILLAGE_NEO4J__?.stop();
}
