export function App() {
  return <main className="app">ASL Studio</main>;
}
