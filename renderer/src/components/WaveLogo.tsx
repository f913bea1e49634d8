export function WaveLogo({ size = 44 }: { size?: number }) {
  return (
    <svg className="wave-logo" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="#12355b" />
      <path d="M5 20c3-5 6-5 9 0s6 5 9 0 4-4 4-4" fill="none" stroke="#5ee0c6" strokeWidth="3" strokeLinecap="round" />
      <path d="M5 13c3-5 6-5 9 0s6 5 9 0" fill="none" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" opacity=".85" />
    </svg>
  );
}
