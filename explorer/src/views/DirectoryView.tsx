import Placeholder from "./Placeholder";

export default function DirectoryView() {
  return <Placeholder view="directory" />;
}
