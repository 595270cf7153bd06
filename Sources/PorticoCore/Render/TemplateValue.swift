import Foundation

/// Values handed to Mustache. Its sections treat "" and a boxed nil as
/// true, so an absent value is passed as NSNull, which it treats as nil.
enum TemplateValue {
    static func text(_ value: String?) -> Any {
        guard let value, !value.isEmpty else { return NSNull() }
        return value
    }
}
