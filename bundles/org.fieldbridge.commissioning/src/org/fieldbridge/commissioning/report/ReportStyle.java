/*
 * Copyright (c) Fieldbridge contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.fieldbridge.commissioning.report;

/**
 * The report's stylesheet, inline so the file is self-contained. It avoids the characters {@code < > &} (the
 * HTML writer would escape them inside {@code <style>}); the print rules make an A4 PDF from a browser's print
 * dialog.
 */
final class ReportStyle {

    static final String CSS = """
            body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt; color: #1a1a1a;
              margin: 24px; }
            h1 { font-size: 17pt; margin: 0 0 8px; }
            h2 { font-size: 13pt; margin: 22px 0 6px; border-bottom: 2px solid #2c4a6b; padding-bottom: 2px;
              color: #2c4a6b; }
            h3 { font-size: 11pt; margin: 12px 0 4px; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #b8c0c8; padding: 3px 5px; text-align: left; vertical-align: top; }
            thead th { background: #e8edf2; }
            table.meta { width: auto; }
            table.mappings, table.items { table-layout: fixed; }
            table.mappings th:nth-child(1) { width: 11%; }
            table.mappings th:nth-child(2) { width: 15%; }
            table.mappings th:nth-child(3) { width: 9%; }
            table.mappings th:nth-child(4) { width: 13%; }
            table.mappings th:nth-child(5) { width: 5%; }
            table.mappings th:nth-child(6) { width: 12%; }
            table.mappings th:nth-child(7) { width: 20%; }
            table.mappings th:nth-child(8) { width: 15%; }
            table.items th:nth-child(1) { width: 20%; }
            table.items th:nth-child(2) { width: 12%; }
            table.items th:nth-child(3) { width: 18%; }
            table.items th:nth-child(4) { width: 20%; }
            td { overflow-wrap: anywhere; }
            table.meta th { background: #f4f6f8; font-weight: normal; color: #444; }
            .mono { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 9pt; }
            .detail { color: #555; font-size: 8.5pt; }
            .comment { font-style: italic; }
            .totals { display: flex; flex-wrap: wrap; gap: 8px; }
            .total { border: 1px solid #b8c0c8; border-radius: 4px; padding: 6px 10px; min-width: 90px; }
            .total .count { display: block; font-size: 16pt; font-weight: bold; }
            .total .label { font-size: 8.5pt; color: #444; }
            .badge { font-weight: bold; font-size: 8.5pt; padding: 1px 5px; border-radius: 3px; white-space: nowrap; }
            .pass .badge, .total.pass .count { color: #0b6b2e; }
            .fail .badge, .total.fail .count { color: #b00020; }
            .unchecked .badge, .total.unchecked .count { color: #6b5a00; }
            .invalidated .badge, .total.invalidated .count { color: #b35900; }
            td.pass { background: #e6f4ea; }
            td.fail { background: #fde7ea; }
            td.unchecked { background: #fff8db; }
            td.invalidated { background: #fff0e0; }
            td.calibration.expired, td.expired { background: #fde7ea; }
            .calibration.expired .state, td.calibration.expired { color: #b00020; font-weight: bold; }
            .status { font-weight: bold; padding: 6px 8px; border-radius: 4px; }
            .status.open { background: #fff0e0; color: #8a4400; }
            .status.ready { background: #e6f4ea; color: #0b6b2e; }
            .findings li { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 8.5pt; }
            .signoff { margin-top: 28px; border: 2px solid #2c4a6b; padding: 8px 14px 14px; break-inside: avoid;
              page-break-inside: avoid; }
            .signoff h2 { border: none; margin-top: 4px; }
            .signatures { display: flex; gap: 40px; }
            .signature { flex: 1; }
            .field { display: flex; align-items: flex-end; margin-top: 18px; }
            .field .label { width: 80px; color: #444; }
            .field .blank { flex: 1; border-bottom: 1px solid #1a1a1a; height: 18px; }
            .footer { margin-top: 18px; color: #666; font-size: 8pt; }
            @page { size: A4; margin: 14mm 12mm; }
            @media print {
              body { margin: 0; font-size: 8.5pt; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              thead { display: table-header-group; }
              tr, .total { break-inside: avoid; page-break-inside: avoid; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
            }
            """;

    private ReportStyle() {
    }
}
