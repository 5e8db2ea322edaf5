import { Tooltip, Typography } from 'antd';

/** A SHA-256 as officers compare it at a glance: the first 12 digits, the whole on hover and copy. */
export function ShortHash({ sha256 }: { sha256: string }) {
  return (
    <Tooltip title={<span className="qz-mono qz-hash">{sha256}</span>}>
      <Typography.Text className="qz-mono" copyable={{ text: sha256 }} data-sha256={sha256}>
        {sha256.slice(0, 12)}…
      </Typography.Text>
    </Tooltip>
  );
}
