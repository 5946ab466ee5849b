"use client";
import { useEffect, useRef } from "react";
import { browserTimeZone } from "@/lib/calendar/zones";

/**
 * A hidden `timeZone` field that carries the browser's IANA zone with its form, so the server knows the
 * person's own day. Filled after hydration here, and by public/plain-page.js on the study page, which
 * ships no React; without JavaScript it stays empty and the server keeps DEFAULT_TIME_ZONE.
 */
export function BrowserTimeZoneInput() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (input.current) input.current.value = browserTimeZone() ?? "";
  }, []);
  return <input ref={input} type="hidden" name="timeZone" defaultValue="" data-browser-time-zone="" />;
}
