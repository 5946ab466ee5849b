// The ids of content files (articles, passages, sets, questions): lower-case words joined by hyphens, so they
// read well in addresses and never need encoding there.
import { z } from "zod";

/** A content id: lower-case letters and digits in words joined by single hyphens, e.g. `biden-xi-call`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A content id in a file's YAML, refused with a message for the author when it does not fit ID_PATTERN. */
export const slug = z.string().regex(ID_PATTERN, "must be lower-case words joined by hyphens");
