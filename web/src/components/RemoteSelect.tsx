import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { type CSSProperties, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many matches a picker shows: enough to choose from, few enough to read; typing narrows. */
export const REMOTE_SELECT_LIMIT = 20;
const DEBOUNCE_MS = 250;

type SelectOption =
  | { value: string; label: string }
  | { label: string; options: { value: string; label: string }[] };

export interface RemoteOption {
  value: string;
  label: string;
  /** Options with a group are shown under that heading, in the order the search returned them. */
  group?: string;
}

export interface RemoteSelectProps<T> {
  /** The accessible name of the control (also its placeholder unless one is given). */
  label: string;
  /** Identifies the list searched (with anything it depends on); the search text is added to it. */
  queryKey: readonly unknown[];
  /** The first `limit` matches of the text the person typed (trimmed; empty for no filter). */
  search: (q: string, limit: number) => Promise<T[]>;
  toOption: (item: T) => RemoteOption;
  /** Reads the chosen value when it is not among the matches, so its label stays shown. */
  fetchOne?: (value: string) => Promise<T>;
  value?: string | null | undefined;
  onChange?: (value: string | null, item: T | undefined) => void;
  id?: string;
  placeholder?: string;
  allowClear?: boolean;
  disabled?: boolean;
  loading?: boolean;
  style?: CSSProperties;
  'data-testid'?: string;
}

/** `value` once it has stayed the same for `ms`. */
function useDebounced<V>(value: V, ms: number): V {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * A select over a list too long to load whole: what the person types is searched on the server
 * (debounced), and the first matches are shown. The chosen value keeps its label when a later
 * search no longer returns it.
 */
export function RemoteSelect<T>({
  label,
  queryKey,
  search,
  toOption,
  fetchOne,
  value,
  onChange,
  id,
  placeholder,
  allowClear,
  disabled,
  loading,
  style,
  'data-testid': testId,
}: RemoteSelectProps<T>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), DEBOUNCE_MS);
  const [picked, setPicked] = useState<{ item: T; option: RemoteOption } | null>(null);
  const matches = useQuery({
    queryKey: [...queryKey, 'search', q],
    queryFn: () => search(q, REMOTE_SELECT_LIMIT),
    placeholderData: keepPreviousData,
  });
  const items = matches.data ?? [];
  const options = items.map(toOption);
  const listed = value ? options.some((o) => o.value === value) : true;
  const known = picked && picked.option.value === value ? picked.option : undefined;
  const one = useQuery({
    queryKey: [...queryKey, 'one', value],
    queryFn: () => fetchOne!(value!),
    enabled: Boolean(value && fetchOne && !listed && !known),
  });
  const selected =
    !value || listed ? undefined : (known ?? (one.data !== undefined ? toOption(one.data) : undefined));
  const shown = selected ? [{ value: selected.value, label: selected.label }, ...options] : options;
  const groups = new Map<string | undefined, RemoteOption[]>();
  for (const option of shown) groups.set(option.group, [...(groups.get(option.group) ?? []), option]);
  const selectOptions: SelectOption[] = [...groups].flatMap(([group, list]): SelectOption[] => {
    const plain = list.map((o) => ({ value: o.value, label: o.label }));
    return group === undefined ? plain : [{ label: group, options: plain }];
  });
  const searching = text.trim() !== q || matches.isFetching;

  return (
    <Select<string | null>
      {...(id ? { id } : {})}
      {...(testId ? { 'data-testid': testId } : {})}
      aria-label={label}
      placeholder={placeholder ?? label}
      {...(style ? { style } : {})}
      allowClear={allowClear === true}
      disabled={disabled === true}
      loading={loading === true || searching}
      // A value not (yet) resolved to a label shows nothing rather than a bare id.
      value={value && (listed || selected) ? value : null}
      options={selectOptions}
      showSearch={{
        filterOption: false,
        searchValue: text,
        onSearch: setText,
        autoClearSearchValue: true,
      }}
      notFoundContent={searching ? t('common.loading') : t('picker.noMatches')}
      onChange={(next) => {
        const found = next ? items.find((i) => toOption(i).value === next) : undefined;
        if (found !== undefined) setPicked({ item: found, option: toOption(found) });
        setText('');
        const item =
          found ?? (next && picked?.option.value === next ? picked.item : next && one.data) ?? undefined;
        onChange?.(next ?? null, item === null || item === '' ? undefined : item);
      }}
      onOpenChange={(open) => {
        if (!open) setText('');
      }}
    />
  );
}
