using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using ReintegrationScoring.Internal;

namespace ReintegrationScoring.Import;

/// <summary>
/// Writes a <see cref="SurveyForm"/> as an ODK XForm (the XML that ODK Collect, Enketo, ODK Web Forms and ODK Central
/// run): the primary instance with the dimension groups and <c>meta/instanceID</c>, one binding per question (type,
/// required, constraint, preloads), the translations (<c>itext</c>) in every language of the form, and the body with a
/// <c>select1</c> per measure. The same form as <see cref="XlsFormWriter"/>'s, already converted.
/// </summary>
/// <remarks>UTF-8 without a byte order mark, LF line ends; the same form always gives the same bytes.</remarks>
public static class XFormWriter
{
    private const string XForms = "http://www.w3.org/2002/xforms";
    private const string Html = "http://www.w3.org/1999/xhtml";
    private const string JavaRosa = "http://openrosa.org/javarosa";
    private const string Odk = "http://www.opendatakit.org/xforms";
    private const string RequiredMessageId = "answer-required";
    private const string Root = "/" + FormNames.Root;

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Replace,
        CloseOutput = false,
    };

    /// <summary>Writes <paramref name="form"/> to <paramref name="output"/>; the stream is not closed.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing to the stream failed.</exception>
    /// <param name="output">The stream the UTF-8 XForm is written to.</param>
    /// <param name="form">The form to write.</param>
    public static void Write(Stream output, SurveyForm form)
    {
        Preconditions.NotNull(output, nameof(output));
        Preconditions.NotNull(form, nameof(form));
        using var writer = XmlWriter.Create(output, Settings);
        new Document(writer, form).Write();
    }

    /// <summary>The XForm as text, as <see cref="Write"/> writes it.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <param name="form">The form to write.</param>
    /// <returns>The XForm document.</returns>
    public static string ToXml(SurveyForm form)
    {
        using var buffer = new MemoryStream();
        Write(buffer, form);
        return Settings.Encoding!.GetString(buffer.ToArray());
    }

    /// <summary>One writing pass; questions are visited in form order, each with its absolute path.</summary>
    private sealed class Document(XmlWriter writer, SurveyForm form)
    {
        private IEnumerable<(string Path, FormQuestion Question)> TopQuestions =>
            form.Metadata.Concat(form.Questions).Select(q => ($"{Root}/{q.Name}", q));

        private IEnumerable<(string Path, FormQuestion Question)> AllQuestions =>
            TopQuestions.Concat(form.Groups.SelectMany(g => g.Questions.Select(q => ($"{Root}/{g.Name}/{q.Name}", q))));

        public void Write()
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("h", "html", Html);
            writer.WriteAttributeString("xmlns", XForms);
            writer.WriteAttributeString("xmlns", "jr", null, JavaRosa);
            writer.WriteAttributeString("xmlns", "odk", null, Odk);
            writer.WriteStartElement("head", Html);
            writer.WriteElementString("title", Html, form.Title);
            writer.WriteStartElement("model", XForms);
            writer.WriteAttributeString("xforms-version", Odk, "1.0.0");
            WriteTranslations();
            WriteInstance();
            WriteBindings();
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteStartElement("body", Html);
            foreach (var (path, question) in TopQuestions.Where(q => q.Question.Label is not null))
            {
                WriteControl(path, question);
            }

            foreach (var group in form.Groups)
            {
                writer.WriteStartElement("group", XForms);
                writer.WriteAttributeString("ref", $"{Root}/{group.Name}");
                WriteTextReference("label", $"{Root}/{group.Name}:label");
                foreach (var question in group.Questions)
                {
                    WriteControl($"{Root}/{group.Name}/{question.Name}", question);
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        private void WriteTranslations()
        {
            writer.WriteStartElement("itext", XForms);
            for (var language = 0; language < form.Languages.Count; language++)
            {
                writer.WriteStartElement("translation", XForms);
                writer.WriteAttributeString("lang", form.Languages[language].Header);
                if (language == 0)
                {
                    writer.WriteAttributeString("default", "true()");
                }

                foreach (var (id, text) in Texts())
                {
                    writer.WriteStartElement("text", XForms);
                    writer.WriteAttributeString("id", id);
                    writer.WriteElementString("value", XForms, text[language]);
                    writer.WriteEndElement();
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        /// <summary>Every translated text with its id, in pyxform's id style (<c>/data/q:label</c>, <c>list-0</c>).</summary>
        private IEnumerable<(string Id, FormText Text)> Texts()
        {
            FormText? requiredMessage = null;
            foreach (var (path, question) in AllQuestions)
            {
                if (question.Label is { } label)
                {
                    yield return ($"{path}:label", label);
                }

                if (question.Hint is { } hint)
                {
                    yield return ($"{path}:hint", hint);
                }

                if (question.ConstraintMessage is { } constraintMessage)
                {
                    yield return ($"{path}:jr:constraintMsg", constraintMessage);
                }

                requiredMessage ??= question.RequiredMessage;
            }

            if (requiredMessage is not null)
            {
                yield return (RequiredMessageId, requiredMessage);
            }

            foreach (var group in form.Groups)
            {
                yield return ($"{Root}/{group.Name}:label", group.Label);
            }

            foreach (var list in form.ChoiceLists)
            {
                for (var i = 0; i < list.Choices.Count; i++)
                {
                    yield return (ChoiceTextId(list.Name, i), list.Choices[i].Label);
                }
            }
        }

        private void WriteInstance()
        {
            writer.WriteStartElement("instance", XForms);
            writer.WriteStartElement(FormNames.Root, XForms);
            writer.WriteAttributeString("id", form.FormId);
            writer.WriteAttributeString("version", form.Version);
            foreach (var (_, question) in TopQuestions)
            {
                writer.WriteElementString(question.Name, XForms, string.Empty);
            }

            foreach (var group in form.Groups)
            {
                writer.WriteStartElement(group.Name, XForms);
                foreach (var question in group.Questions)
                {
                    writer.WriteElementString(question.Name, XForms, string.Empty);
                }

                writer.WriteEndElement();
            }

            writer.WriteStartElement(FormNames.Meta, XForms);
            writer.WriteElementString("instanceID", XForms, string.Empty);
            writer.WriteElementString("instanceName", XForms, string.Empty);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        private void WriteBindings()
        {
            foreach (var (path, question) in AllQuestions)
            {
                writer.WriteStartElement("bind", XForms);
                writer.WriteAttributeString("nodeset", path);
                writer.WriteAttributeString("type", BindType(question.Type));
                if (question.Type is FormQuestionType.Start or FormQuestionType.End)
                {
                    writer.WriteAttributeString("preload", JavaRosa, "timestamp");
                    writer.WriteAttributeString("preloadParams", JavaRosa, question.Name);
                }

                if (question.Required)
                {
                    writer.WriteAttributeString("required", "true()");
                }

                if (question.RequiredMessage is not null)
                {
                    writer.WriteAttributeString("requiredMsg", JavaRosa, $"jr:itext('{RequiredMessageId}')");
                }

                if (question.Constraint is { } constraint)
                {
                    writer.WriteAttributeString("constraint", constraint);
                    writer.WriteAttributeString("constraintMsg", JavaRosa, $"jr:itext('{path}:jr:constraintMsg')");
                }

                writer.WriteEndElement();
                if (question.Default is { } value)
                {
                    // A dynamic default, as pyxform converts XLSForm's `default` column: set once, when the form is opened.
                    writer.WriteStartElement("setvalue", XForms);
                    writer.WriteAttributeString("event", "odk-instance-first-load");
                    writer.WriteAttributeString("ref", path);
                    writer.WriteAttributeString("value", value);
                    writer.WriteEndElement();
                }
            }

            writer.WriteStartElement("bind", XForms);
            writer.WriteAttributeString("nodeset", $"{Root}/{FormNames.Meta}/instanceID");
            writer.WriteAttributeString("type", "string");
            writer.WriteAttributeString("readonly", "true()");
            writer.WriteAttributeString("preload", JavaRosa, "uid");
            writer.WriteEndElement();
            writer.WriteStartElement("bind", XForms);
            writer.WriteAttributeString("nodeset", $"{Root}/{FormNames.Meta}/instanceName");
            writer.WriteAttributeString("type", "string");
            writer.WriteAttributeString("calculate", SurveyForm.InstanceName(name => $" {Root}/{name} "));
            writer.WriteEndElement();
        }

        private void WriteControl(string path, FormQuestion question)
        {
            writer.WriteStartElement(question.Type == FormQuestionType.SelectOne ? "select1" : "input", XForms);
            writer.WriteAttributeString("ref", path);
            WriteTextReference("label", $"{path}:label");
            if (question.Hint is not null)
            {
                WriteTextReference("hint", $"{path}:hint");
            }

            if (question.ListName is { } listName)
            {
                var list = form.ChoiceLists.Single(l => l.Name == listName);
                for (var i = 0; i < list.Choices.Count; i++)
                {
                    writer.WriteStartElement("item", XForms);
                    WriteTextReference("label", ChoiceTextId(list.Name, i));
                    writer.WriteElementString("value", XForms, list.Choices[i].Name);
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }

        private void WriteTextReference(string element, string id)
        {
            writer.WriteStartElement(element, XForms);
            writer.WriteAttributeString("ref", $"jr:itext('{id}')");
            writer.WriteEndElement();
        }

        private static string ChoiceTextId(string listName, int index) => $"{listName}-{index}";

        private static string BindType(FormQuestionType type) => type switch
        {
            FormQuestionType.Start or FormQuestionType.End => "dateTime",
            FormQuestionType.Date => "date",
            _ => "string",
        };
    }
}
