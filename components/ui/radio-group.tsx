/** A fieldset of radio buttons with its legend and error, the error tied to the group. */
export function RadioGroup({
  id,
  name,
  legend,
  options,
  error,
  defaultValue,
}: {
  id: string;
  name: string;
  legend: string;
  options: readonly { value: string; label: string }[];
  error?: string;
  defaultValue?: string;
}) {
  return (
    <fieldset className="mb-4" id={id} aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-semibold mb-1">{legend}</legend>
      {error ? (
        <p id={`${id}-error`} className="text-danger font-semibold">
          {error}
        </p>
      ) : null}
      {options.map((o) => (
        <label key={o.value} className="flex items-center gap-2 mb-1">
          <input
            type="radio"
            name={name}
            value={o.value}
            defaultChecked={defaultValue === o.value}
            className="size-5"
          />{" "}
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}
