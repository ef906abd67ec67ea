/**
 * Internationalisation: message catalogues (en, sv, zh-Hans), ICU4J formatting in the tenant's
 * time zone, locale-aware sorting and the choice of UI language.
 *
 * <p>Public API: {@link org.citydialogue.i18n.Translations}, {@link
 * org.citydialogue.i18n.SupportedLanguage}, {@link org.citydialogue.i18n.Formats}, {@link
 * org.citydialogue.i18n.Collation}, {@link org.citydialogue.i18n.LanguageChoice}, {@link
 * org.citydialogue.i18n.Msg}, {@link org.citydialogue.i18n.DataText} and the UI piece {@link
 * org.citydialogue.i18n.ui.LanguageSwitch}. Everything else is package-private.
 *
 * <p>Key convention (checked by MessageCatalogueTest): a key used in code is always a plain string
 * literal, passed either to {@code getTranslation("…")} or to {@link
 * org.citydialogue.i18n.Msg#key(String) Msg.key("…")}. Keys are never built by concatenation.
 */
@NullMarked
package org.citydialogue.i18n;

import org.jspecify.annotations.NullMarked;
