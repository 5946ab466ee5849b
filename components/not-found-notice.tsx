// What a missing page says: the App Router's not-found page and the study page of a missing set.
import { TextLink } from "@/components/ui/text-link";
import { PageTitle } from "@/components/ui/page-title";
import { routes } from "@/lib/routes";

export function NotFoundNotice() {
  return (
    <div className="space-y-4">
      <PageTitle>Page not found</PageTitle>
      <p>There is no page at this address. The set or article may have been renamed or removed.</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          <TextLink href={routes.home()}>See all question sets</TextLink>
        </li>
        <li>
          <TextLink href={routes.progress()}>See your progress</TextLink>
        </li>
      </ul>
    </div>
  );
}
