import { Tag, Tooltip } from 'antd';

export function ShaTag({ sha, name, href }: { sha: string; name?: string; href?: string }) {
  const label = name ?? `${sha.slice(0, 12)}…`;
  return (
    <Tooltip title={sha}>
      <Tag>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer">
            {label}
          </a>
        ) : (
          label
        )}
      </Tag>
    </Tooltip>
  );
}
