/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The page being rendered, so components that MDX renders (cross-links) can build relative URLs. */
    page?: import("./lib/page.ts").PageContext;
  }
}
