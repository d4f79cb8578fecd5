// Outside the (site) route group on purpose: there Next would add a hash to this route's
// address, and the shared image links (lib/seo) must stay as they are.
import { getHome, getSite } from "@/lib/content";
import { ogContentType, ogImage, ogSize } from "@/lib/seo/og-image";

export const alt = getSite().shareImage.homeAlt;
export const size = ogSize;
export const contentType = ogContentType;

export default function Image() {
  return ogImage(getHome().title, getSite().shareImage.homeKicker);
}
