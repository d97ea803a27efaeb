import ArgumentParser
import MinningDomain

extension Language: ExpressibleByArgument {}
