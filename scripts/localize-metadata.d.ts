export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: { name: string; description?: string; [key: string]: unknown }[];
  [key: string]: unknown;
}
export interface Metadata {
  functions: FunctionMetadata[];
  [key: string]: unknown;
}
export type VietnameseTable = Record<
  string,
  { name?: string; description: string; parameters: Record<string, { name: string; description: string }> }
>;
export function localizeMetadata(
  metadata: Metadata,
  table: VietnameseTable,
): { metadata: Metadata; problems: string[] };
