/** Why a JSON text box's content does not parse, or null when it does (shown at the box as it is typed). */
export function jsonParseError(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
