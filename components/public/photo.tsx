/** A published photo, served from the database with its alternative text. */
export function PublicPhoto({ id, alt, className = "" }: { id: string; alt: string; className?: string }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the bytes come from the database, not a static asset
    <img
      src={`/api/public/photos/${id}`}
      alt={alt}
      loading="lazy"
      decoding="async"
      className={`rounded border border-gray-300 ${className}`}
    />
  );
}
