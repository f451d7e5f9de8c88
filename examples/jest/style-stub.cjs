// style-stub.cjs: what `import 'one-on-one-kit/styles.css'` gives a test under Jest.
module.exports = {};
