import 'server-only';
import { randomBytes } from 'node:crypto';
import { HandoutContent, HandoutInput } from '@/lib/handout/content';
import { withDb } from './client';

/** 128 random bits, base64url: 22 characters. Unguessable, so the address itself is the only key to a handout. */
export function newHandoutId(): string {
  return randomBytes(16).toString('base64url');
}

/** Ids this module ever made (22 base64url characters); anything else is not looked up. */
export const HANDOUT_ID = /^[A-Za-z0-9_-]{22}$/;

export interface SavedHandout {
  id: string;
  createdAt: Date;
  rulesetVersion: string;
  conditionId: string;
  input: HandoutInput;
  content: HandoutContent;
}

/** Stores a handout snapshot under a new random id and returns the id. */
export async function saveHandout(handout: { input: HandoutInput; content: HandoutContent }): Promise<string> {
  const id = newHandoutId();
  await withDb((db) =>
    db.handout.create({
      data: {
        id,
        createdAt: new Date(handout.content.issuedAt),
        rulesetVersion: handout.content.rulesetVersion,
        conditionId: handout.content.conditionId,
        inputJson: JSON.stringify(HandoutInput.parse(handout.input)),
        contentJson: JSON.stringify(HandoutContent.parse(handout.content)),
      },
    }),
  );
  return id;
}

/** The stored snapshot exactly as saved, or null for an unknown or malformed id. */
export async function findHandout(id: string): Promise<SavedHandout | null> {
  if (!HANDOUT_ID.test(id)) return null;
  const row = await withDb((db) => db.handout.findUnique({ where: { id } }));
  if (!row) return null;
  return {
    id: row.id,
    createdAt: row.createdAt,
    rulesetVersion: row.rulesetVersion,
    conditionId: row.conditionId,
    input: HandoutInput.parse(JSON.parse(row.inputJson)),
    content: HandoutContent.parse(JSON.parse(row.contentJson)),
  };
}
