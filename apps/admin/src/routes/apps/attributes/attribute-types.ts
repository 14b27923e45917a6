import type { AttributeType } from '../../../api/roles.js';

/** The attribute types in words, for the type picker and the list. */
export const ATTRIBUTE_TYPES: readonly { value: AttributeType; label: string }[] = [
  { value: 'text', label: 'Text' },
  { value: 'integer', label: 'Whole number' },
  { value: 'decimal', label: 'Decimal number' },
  { value: 'boolean', label: 'Yes / no' },
  { value: 'date', label: 'Date' },
  { value: 'singleSelect', label: 'One choice from a list' },
  { value: 'multiSelect', label: 'Several choices from a list' },
];

export function typeLabel(type: AttributeType): string {
  return ATTRIBUTE_TYPES.find((t) => t.value === type)?.label ?? type;
}

export function isSelect(type: AttributeType): boolean {
  return type === 'singleSelect' || type === 'multiSelect';
}
