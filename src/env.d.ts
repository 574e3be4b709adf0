/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page being rendered, so the cross-links of item bodies (CrossLink) can build relative URLs. */
    page?: import("./lib/page.ts").PageContext;
  }
}
