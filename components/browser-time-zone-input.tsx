"use client";
import { useSyncExternalStore } from "react";
import { browserTimeZone } from "@/lib/calendar/zones";

const noSubscription = () => () => {};
const fromBrowser = () => browserTimeZone() ?? "";
const onServer = () => "";

/**
 * A hidden `timeZone` field that carries the browser's IANA zone with its form, so the server knows the
 * person's own day. Rendered empty on the server and given the zone once hydrated (a controlled value:
 * React resets a form's uncontrolled fields after its action, and a refused sign-up must still send the
 * zone the second time); on the study and practice pages, which ship no React, public/plain-page.js fills it. Without
 * JavaScript it stays empty and the server keeps DEFAULT_TIME_ZONE.
 */
export function BrowserTimeZoneInput() {
  const zone = useSyncExternalStore(noSubscription, fromBrowser, onServer);
  return <input type="hidden" name="timeZone" value={zone} data-browser-time-zone="" />;
}
