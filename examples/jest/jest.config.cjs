// jest.config.cjs: jsdom for the components, and the stylesheet import mapped to an empty module
// (Jest runs files in Node, which cannot load CSS).
module.exports = {
  testEnvironment: 'jsdom',
  moduleNameMapper: { '\\.css$': '<rootDir>/style-stub.cjs' },
};
