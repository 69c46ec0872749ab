import { render } from "preact";
import "../ui/base.css";
import "./sidepanel.css";
import { t, uiLocale } from "../ui/i18n.ts";
import { SidePanel } from "./SidePanel.tsx";

document.documentElement.lang = uiLocale();
document.title = t("sidePanelTitle");
render(<SidePanel />, document.body);
