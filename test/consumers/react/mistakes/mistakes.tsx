// Deliberate mistakes: tsc must reject each line after an "expect" comment, with that message.
// (TypeScript lets any JSX attribute whose name holds a dash through unchecked, so a misspelt
// `onrecap-answr` cannot be caught in JSX; the camel-case spelling React users reach for can.)
import 'recap-widgets/recap-quiz';
import type {} from 'recap-widgets/react';
import type { Article } from 'recap-widgets/data';

export function Mistakes({ article }: { article: Article }) {
  return (
    <>
      {/* expect: Type 'number' is not assignable to type */}
      <recap-quiz article={42} />
      {/* expect: Type '"bogus"' is not assignable to type */}
      <recap-quiz article={article} mode="bogus" />
      {/* expect: Type '7' is not assignable to type */}
      <recap-quiz article={article} heading-level={7} />
      {/* expect: Property 'onRecapAnswer' does not exist on type */}
      <recap-quiz article={article} onRecapAnswer={() => {}} />
      {/* expect: Property 'questionId' does not exist on type 'RecapCompleteDetail' */}
      <recap-quiz article={article} onrecap-complete={(e) => e.detail.questionId} />
      {/* expect: Property 'problems' does not exist on type */}
      <recap-quiz article={article} problems={[]} />
    </>
  );
}
