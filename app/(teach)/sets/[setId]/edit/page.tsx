// Placeholder for typed routes (dropped at merge): the real page is another part of issue 17.
export default function EditSetPage() {
  return <h1>Edit the set</h1>;
}
