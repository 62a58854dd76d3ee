// The document model's types, inferred from the schema (domain/schema) so they never disagree.
import type { z } from 'zod';
import type {
  categorySchema,
  connectionKindSchema,
  connectionSchema,
  durationSchema,
  laneSchema,
  listItemSchema,
  measureSchema,
  processFileSchema,
  processSchema,
  registerEntrySchema,
  registerKindSchema,
  statusSchema,
  stepKindSchema,
  stepPropertiesSchema,
  stepSchema,
  timeUnitSchema,
  variantSchema,
} from '../schema/process';

export type Process = z.infer<typeof processSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type ListItem = z.infer<typeof listItemSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Step = z.infer<typeof stepSchema>;
export type StepKind = z.infer<typeof stepKindSchema>;
export type StepProperties = z.infer<typeof stepPropertiesSchema>;
export type Connection = z.infer<typeof connectionSchema>;
export type ConnectionKind = z.infer<typeof connectionKindSchema>;
export type Duration = z.infer<typeof durationSchema>;
export type TimeUnit = z.infer<typeof timeUnitSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Status = z.infer<typeof statusSchema>;
export type Variant = z.infer<typeof variantSchema>;
export type RegisterEntry = z.infer<typeof registerEntrySchema>;
export type RegisterKind = z.infer<typeof registerKindSchema>;
export type ProcessFile = z.infer<typeof processFileSchema>;
