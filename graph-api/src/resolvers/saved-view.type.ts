import { Field, ID, ObjectType } from "type-graphql";

@ObjectType({ description: "A view of the explorer a coordinator saved under a name, shared with the team." })
export class SavedView {
  @Field(() => ID, { description: "Saved view id (the explorer opens it at `#/views/<id>`)." })
  id!: string;
  @Field(() => String, { description: "Its name, as the coordinator gave it." })
  name!: string;
  @Field(() => String, {
    description: "The explorer's address it opens, after the page's own: `#/` then the view and its parameters.",
  })
  url!: string;
  @Field(() => String, { description: "Who saved it." })
  createdBy!: string;
  @Field(() => String, { description: "When it was saved (ISO 8601)." })
  createdAt!: string;
  @Field(() => Boolean, { description: "Whether the caller saved it (and so may delete it)." })
  mine!: boolean;
}
