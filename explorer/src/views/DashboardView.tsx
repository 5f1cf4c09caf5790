import Placeholder from "./Placeholder";

export default function DashboardView() {
  return <Placeholder view="dashboard" />;
}
