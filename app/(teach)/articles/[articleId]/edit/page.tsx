// Placeholder for typed routes (dropped at merge): the real page is another part of issue 17.
export default function EditArticlePage() {
  return <h1>Edit the article</h1>;
}
