import { render } from "preact";
import "../ui/base.css";
import "./popup.css";
import { t, uiLocale } from "../ui/i18n.ts";
import { Popup } from "./Popup.tsx";

document.documentElement.lang = uiLocale();
document.title = t("popupTitle");
render(<Popup />, document.body);
