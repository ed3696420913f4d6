/** The Elite test catalog: test_id 1..15 and its name (the seed's examples: Overhead Squat, Y-Balance). */
export const TEST_NAMES: string[] = [
  'Overhead Squat',
  'Single Leg Squat',
  'Y-Balance',
  'Hip Hinge',
  'Push-Up',
  'Shoulder Mobility',
  'Ankle Dorsiflexion',
  'Thomas Test',
  'Lunge',
  'Plank Hold',
  'Step Down',
  'Trunk Stability',
  'Rotary Stability',
  'Hurdle Step',
  'Straight Leg Raise',
];

/** The name of a catalog test, or null outside 1..15. */
export function testName(testId: number): string | null {
  if (testId !== Math.floor(testId) || testId < 1 || testId > TEST_NAMES.length) return null;
  return TEST_NAMES[testId - 1];
}
