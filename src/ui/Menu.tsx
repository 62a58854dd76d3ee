// An accessible menu button (Radix: arrow keys, Escape, typeahead, real role="menu").
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

export interface MenuItem {
  label: string;
  onSelect(): void;
  danger?: boolean;
  disabled?: boolean;
}

interface MenuProps {
  /** The trigger's accessible name. */
  label: string;
  /** What the trigger shows; defaults to the label. */
  trigger?: ReactNode;
  items: MenuItem[];
  className?: string;
}

export function Menu({ label, trigger, items, className }: MenuProps) {
  return (
    <DropdownMenu.Root modal={false}>
      <DropdownMenu.Trigger className={className ?? 'button'} aria-label={label}>
        {trigger ?? label}
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
          {items.map((item) => (
            <DropdownMenu.Item
              key={item.label}
              className={item.danger ? 'menu-item danger' : 'menu-item'}
              disabled={item.disabled}
              onSelect={item.onSelect}
            >
              {item.label}
            </DropdownMenu.Item>
          ))}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
