// Placeholder for typed routes (dropped at merge): the real page is another part of issue 17.
export default function LibraryPage() {
  return <h1>Library</h1>;
}
