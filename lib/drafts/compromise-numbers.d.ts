// compromise-numbers ships types that its package.json "exports" do not reach under moduleResolution "bundler";
// drafting only passes the plugin to nlp.plugin.
declare module "compromise-numbers" {
  const plugin: object;
  export default plugin;
}
