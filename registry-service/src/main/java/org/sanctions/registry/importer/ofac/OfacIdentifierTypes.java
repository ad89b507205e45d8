package org.sanctions.registry.importer.ofac;

import static org.sanctions.registry.importer.ImportedIdentifier.Type.IMO;
import static org.sanctions.registry.importer.ImportedIdentifier.Type.MMSI;
import static org.sanctions.registry.importer.ImportedIdentifier.Type.NATIONAL_ID;
import static org.sanctions.registry.importer.ImportedIdentifier.Type.OTHER;
import static org.sanctions.registry.importer.ImportedIdentifier.Type.PASSPORT;
import static org.sanctions.registry.importer.ImportedIdentifier.Type.REGISTRATION;
import static org.sanctions.registry.importer.ImportedIdentifier.Type.TAX_ID;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sanctions.registry.importer.ImportedIdentifier;

/** OFAC's identification document labels (as in remarks and the enhanced XML's ID DOCUMENT TYPE) and their kinds. */
public final class OfacIdentifierTypes {

    private static final Map<String, ImportedIdentifier.Type> BY_LABEL = new LinkedHashMap<>();

    static {
        put(PASSPORT, "Passport", "Diplomatic Passport", "British National Overseas Passport", "Passport No.",
                "Passport Booklet", "Travel Document Number");
        put(NATIONAL_ID, "National ID No.", "Cedula No.", "C.U.R.P.", "C.U.R.P. #", "D.N.I.", "Identification Number",
                "Personal ID Card", "National Foreign ID Number", "Citizen's Card Number", "Kenyan ID No.",
                "Turkish Identification Number", "Numero de Identidad", "Electoral Registry No.", "Credencial electoral",
                "I.F.E.", "SSN", "Residency Number", "Birth Certificate Number", "Tazkira National ID Card",
                "Refugee ID Card", "Bosnian Personal ID No.", "Moroccan Personal ID No.", "UAE Identification",
                "N.I.E.", "Immigration No.", "Stateless Person ID Card", "C.U.I.P.");
        put(TAX_ID, "Tax ID No.", "NIT #", "RUC #", "R.F.C.", "R.F.C. #", "RFC", "V.A.T. Number", "RIF #", "US FEIN",
                "Italian Fiscal Code", "C.U.I.T.", "C.U.I.", "C.I.F.", "RTN", "Paraguayan tax identification number",
                "Numero Unico de Identificacao Tributaria (NUIT)");
        put(REGISTRATION, "Registration Number", "Registration ID", "Business Registration Number",
                "Government Gazette Number", "Folio Mercantil No.", "Company Number", "Commercial Registry Number",
                "Unified Social Credit Code (USCC)", "United Social Credit Code Certificate (USCCC)",
                "Matricula Mercantil No", "Legal Entity Number", "Economic Register Number (CBLS)", "Trade License No.",
                "C.R. No.", "Chamber of Commerce Number", "Business Registration Document #", "Public Registration Number",
                "Central Registration System Number", "Istanbul Chamber of Comm. No.", "Business Number",
                "UK Company Number", "Enterprise Number", "Registered Charity No.", "Certificate of Incorporation Number",
                "Dubai Chamber of Commerce Membership No.", "LE Number", "Branch Unit Number", "Romanian C.R.",
                "License", "Permit Number", "Afghan Money Service Provider License Number", "Company ID: No.",
                "Chinese Commercial Code", "File Number");
        put(IMO, "Vessel Registration Identification IMO", "Identification Number IMO", "Company Number IMO");
        put(MMSI, "MMSI");
        put(OTHER, "Aircraft Manufacturer's Serial Number (MSN)", "Aircraft Tail Number", "Aircraft Serial Identification",
                "Aircraft Construction Number (also called L/N or S/N or F/N)", "Aircraft Mode S Transponder Code",
                "D-U-N-S Number", "SWIFT/BIC", "ISIN", "Driver's License No.", "Pilot License Number", "BIK (RU)",
                "Other Vessel Call Sign", "Vessel Registration Identification", "Serial No.", "VisaNumberID",
                "SRE Permit No.", "Cartilla de Servicio Militar Nacional", "Equity Ticker");
    }

    /** Labels longest first, so that "Company Number IMO" wins over "Company Number". */
    static final List<String> LABELS_LONGEST_FIRST = BY_LABEL.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private OfacIdentifierTypes() {
    }

    private static void put(ImportedIdentifier.Type type, String... labels) {
        for (String label : labels) {
            BY_LABEL.put(label, type);
        }
    }

    /** Whether the label is one of OFAC's identification document labels (or a digital currency address). */
    public static boolean isKnown(String label) {
        return BY_LABEL.containsKey(label) || label.startsWith("Digital Currency Address");
    }

    /** The kind for a label; digital currency addresses and unlisted labels are OTHER. */
    public static ImportedIdentifier.Type of(String label) {
        ImportedIdentifier.Type known = BY_LABEL.get(label);
        if (known != null) {
            return known;
        }
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.contains("passport")) {
            return PASSPORT;
        }
        return lower.contains("tax") ? TAX_ID : OTHER;
    }
}
