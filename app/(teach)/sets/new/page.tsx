// Placeholder for typed routes (dropped at merge): the real page is another part of issue 17.
export default function NewSetPage() {
  return <h1>New set</h1>;
}
