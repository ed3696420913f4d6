/**
 * A command named by DESIGN.md whose issue has not landed yet. It says so and fails: never a fake success.
 * Usage (from package.json): tsx scripts/not-yet.ts <command> '<issue that brings it>'
 */
const [command = 'this command', issue = 'a later issue'] = process.argv.slice(2);
console.error(`npm run ${command}: not implemented yet; it arrives with ${issue}.`);
process.exit(2);
