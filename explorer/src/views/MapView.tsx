import Placeholder from "./Placeholder";

export default function MapView() {
  return <Placeholder view="map" />;
}
