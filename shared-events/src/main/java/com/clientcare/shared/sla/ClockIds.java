package com.clientcare.shared.sla;

/** How service-level clocks are named: by rule and subject, so that both sides find the same clock. */
public final class ClockIds {

    private ClockIds() {
    }

    /** Interaction ids are a client's own: the clock id names the client too. */
    public static String ofInteraction(ServiceLevelRule rule, String clientId, String interactionId) {
        return rule.name() + ":interaction:" + clientId + ":" + interactionId;
    }

    /** S4 and S5 run again in each cycle of a complaint (K8); S2 runs in cycle 0 only. */
    public static String ofComplaint(ServiceLevelRule rule, String complaintId, int cycle) {
        return rule.name() + ":complaint:" + complaintId + ":" + cycle;
    }
}
