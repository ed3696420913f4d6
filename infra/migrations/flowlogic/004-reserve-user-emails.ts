/**
 * 004: every user's e-mail is stored lower-cased and reserved (seed 004: "email: GSI, unique").
 *
 * A GSI cannot keep e-mails unique, so registerFlowUser writes a reservation item `user_id = "email#<e-mail>"`
 * (resolvers/lib/flowlogic/email-reservation.ts) in the same transaction as the user. Users written any other way
 * (imported from the seed's application, or the demo data) have none, and registerFlowUser would let a second user take
 * their e-mail; flowUserByEmail looks e-mails up lower-cased, so a mixed-case one is not found.
 *
 * Per user: (1) the reservation is put under attribute_not_exists; one that exists and is this user's is fine, and
 * one whose owner no longer exists or no longer has that e-mail is stale and taken over (conditioned on its owner);
 * (2) then, if the stored e-mail is not lower-case, it is lower-cased (conditioned on the value read). Each step is
 * idempotent and (1) comes first, so a crash between them is finished by the next run.
 *
 * Two users with the same e-mail (ignoring case) cannot both be kept unique: the migration reserves it for the first
 * one it meets, finishes the others, and then FAILS naming the user ids (never the e-mails), so it is not recorded.
 * Change or remove one of the two users (or its e-mail) and run `npm run migrate` again.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { EMAIL_RESERVATION_PREFIX, emailReservationKey, normalizeEmail } from '../../../resolvers/lib/flowlogic/email-reservation';
import type { MigrationContext, MigrationOutcome } from '../data-migration';
import { scanItems } from '../scan-items';

export const version = '004';
export const description = 'Lower-case user e-mails and reserve each one (unique e-mails)';
export const author = 'gateway';

type Item = Record<string, unknown>;

/** Puts `item` if `condition` holds (names `#k` = user_id, `#o` = owner_user_id); false when it does not. */
async function putIf(ctx: MigrationContext, table: string, item: Item, condition: string, values?: Item): Promise<boolean> {
  const names = { '#k': 'user_id', '#o': 'owner_user_id' };
  try {
    await ctx.doc.send(new PutCommand({
      TableName: table,
      Item: item,
      ConditionExpression: condition,
      // DynamoDB refuses names the expression does not use.
      ExpressionAttributeNames: Object.fromEntries(Object.entries(names).filter(([n]) => condition.includes(n))),
      ...(values ? { ExpressionAttributeValues: values } : {}),
    }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function get(ctx: MigrationContext, table: string, userId: string): Promise<Item | undefined> {
  return (await ctx.doc.send(new GetCommand({ TableName: table, Key: { user_id: userId }, ConsistentRead: true }))).Item;
}

/** `reserved` (new, or a stale one taken over), `present` (already this user's), or who else owns it. */
async function reserve(ctx: MigrationContext, table: string, email: string, user: Item): Promise<'reserved' | 'present' | { owner: string }> {
  const key = emailReservationKey(email);
  const reservation = { user_id: key, owner_user_id: user.user_id, created_at: user.created_at ?? new Date().toISOString() };
  if (await putIf(ctx, table, reservation, 'attribute_not_exists(#k)')) return 'reserved';
  const existing = await get(ctx, table, key);
  if (!existing) return (await putIf(ctx, table, reservation, 'attribute_not_exists(#k)')) ? 'reserved' : { owner: 'a user who registered meanwhile' };
  const owner = existing.owner_user_id;
  if (owner === user.user_id) return 'present';
  // Stale: its owner is gone, or has another e-mail now. Taken over only if the owner is still the one read.
  const ownerRecord = typeof owner === 'string' ? await get(ctx, table, owner) : undefined;
  const stale = typeof ownerRecord?.email !== 'string' || normalizeEmail(ownerRecord.email) !== normalizeEmail(email);
  if (stale) {
    const taken = typeof owner === 'string'
      ? await putIf(ctx, table, reservation, '#o = :owner', { ':owner': owner })
      : await putIf(ctx, table, reservation, 'attribute_not_exists(#o)');
    if (taken) return 'reserved';
  }
  return { owner: String(owner) };
}

export async function up(ctx: MigrationContext): Promise<MigrationOutcome> {
  const table = ctx.tableName('flowUsers');
  const counts = { users: 0, reserved: 0, already_reserved: 0, lowercased: 0, without_email: 0, changed: 0 };
  const conflicts: string[] = [];
  const items = scanItems(ctx, { TableName: table, ProjectionExpression: 'user_id, email, created_at' });
  for await (const user of items) {
    if (String(user.user_id).startsWith(EMAIL_RESERVATION_PREFIX)) continue;
    counts.users += 1;
    if (typeof user.email !== 'string' || normalizeEmail(user.email) === '') {
      counts.without_email += 1;
      continue;
    }
    const reserved = await reserve(ctx, table, user.email, user);
    if (typeof reserved === 'object') {
      conflicts.push(`${String(user.user_id)} (taken by ${reserved.owner})`);
      continue;
    }
    counts[reserved === 'reserved' ? 'reserved' : 'already_reserved'] += 1;
    const lower = normalizeEmail(user.email);
    if (lower === user.email) continue;
    try {
      await ctx.doc.send(new UpdateCommand({
        TableName: table,
        Key: { user_id: user.user_id },
        UpdateExpression: 'SET #e = :lower',
        ConditionExpression: '#e = :was',
        ExpressionAttributeNames: { '#e': 'email' },
        ExpressionAttributeValues: { ':lower': lower, ':was': user.email },
      }));
      counts.lowercased += 1;
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      counts.changed += 1;
    }
  }
  if (conflicts.length > 0) {
    throw new Error(
      `${conflicts.length} user(s) have an e-mail another user has (ignoring case): ${conflicts.join(', ')}. ` +
        'Change or remove one user of each pair, then run the migrations again',
    );
  }
  return counts;
}
