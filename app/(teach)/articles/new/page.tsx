// Placeholder for typed routes (dropped at merge): the real page is another part of issue 17.
export default function NewArticlePage() {
  return <h1>Add an article</h1>;
}
