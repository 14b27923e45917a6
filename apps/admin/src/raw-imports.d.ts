// Vite inlines a file imported with `?raw` as its text (the demo's permission-test fixture).
declare module '*?raw' {
  const text: string;
  export default text;
}
