using System;
using System.Collections.Generic;

namespace ReintegrationScoring.Import;

/// <summary>
/// The columns that KoboToolbox and ODK Central add to every export (submission metadata), compared by trimmed name
/// ignoring case. The reader never takes them for survey columns; they stay available as attributes.
/// </summary>
internal static class ExportColumns
{
    private static readonly HashSet<string> Metadata = new(StringComparer.OrdinalIgnoreCase)
    {
        // KoboToolbox
        "_id", "_uuid", "_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index",
        "start", "end", "today", "deviceid", "__version__", "meta/instanceID", "_version_", "meta/rootUuid",
        "_parent_index", "_parent_table_name", "_attachments", "_geolocation", "formhub/uuid",

        // ODK Central
        "SubmissionDate", "meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
        "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion", "PARENT_KEY", "instanceID",
    };

    /// <summary>Whether <paramref name="name"/> (trimmed) is a metadata column of KoboToolbox or ODK Central.</summary>
    public static bool IsMetadata(string name) => Metadata.Contains(name);
}
